namespace Classifier.Training.Gazetteer;

/// <summary>Where a gazetteer row came from, in order of trust: hand-written overrides beat the curated
/// country tables, which beat the Phoenix actor dictionary's long and noisy synonym lists.</summary>
public enum CandidateSource
{
    Override,
    Mledoze,
    IsoTable,
    Phoenix,
}
