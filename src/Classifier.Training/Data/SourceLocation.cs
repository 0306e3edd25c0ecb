namespace Classifier.Training.Data;

/// <summary>Where a record came from, printed as <c>file:line</c>.</summary>
public readonly record struct SourceLocation(string File, long Line)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
