namespace Classifier.Wire;

/// <summary>The output for a record that could not be scored: its id when it has one, where it was (a line of a
/// stream; null for a message or a request) and why.</summary>
public sealed record ScoreError(string? Id, long? Line, string Error);
