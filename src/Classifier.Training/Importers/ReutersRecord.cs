using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>The parts of one <c>&lt;REUTERS&gt;</c> record the importer uses, entities already decoded.
/// <see cref="Body"/> is null when the record has no <c>&lt;BODY&gt;</c>.</summary>
internal sealed record ReutersRecord(
    SourceLocation Location,
    string NewId,
    string? TextType,
    string Title,
    string Dateline,
    string? Body,
    IReadOnlyList<string> Places);
