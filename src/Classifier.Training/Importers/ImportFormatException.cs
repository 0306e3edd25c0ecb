using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>Input that an importer cannot read; the message is <c>file:line: reason</c>.</summary>
public sealed class ImportFormatException : Exception
{
    public ImportFormatException(SourceLocation location, string reason)
        : base($"{location}: {reason}")
    {
        Location = location;
        Reason = reason;
    }

    public SourceLocation Location { get; }

    public string Reason { get; }
}
