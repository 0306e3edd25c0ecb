namespace Classifier.Tests.Importers;

/// <summary>Collects progress messages synchronously, so a test can look at them right after the import.</summary>
public sealed class RecordingProgress : IProgress<string>
{
    public List<string> Messages { get; } = [];

    public void Report(string value) => Messages.Add(value);
}
