namespace Classifier.Scoring.Compiled;

/// <summary>How a loaded bundle's heads are scored.</summary>
public enum ScoringEngine
{
    /// <summary>The compiled linear scorer for every head it covers (linear n-gram heads, with or without dense
    /// columns), checked against ML.NET when the bundle loads; ML.NET for the rest. The default.</summary>
    Compiled,

    /// <summary>ML.NET for every head: the reference the compiled scorer is checked against.</summary>
    MlNet,
}
