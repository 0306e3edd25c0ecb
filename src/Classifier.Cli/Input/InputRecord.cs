namespace Classifier.Cli.Input;

/// <summary>One record of a score input, or why it cannot be scored. <see cref="Line"/> is where it starts.</summary>
public sealed record InputRecord(long Line, string? Id, string Title, string Text, string? Error);
