namespace Classifier.Cli.Output;

/// <summary>The output line for a record that could not be scored.</summary>
public sealed record ScoreError(string? Id, long Line, string Error);
