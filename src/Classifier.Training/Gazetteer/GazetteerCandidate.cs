using Classifier.Countries;

namespace Classifier.Training.Gazetteer;

/// <summary>A phrase a source offers for a country, before de-duplication and conflict resolution.</summary>
internal sealed record GazetteerCandidate(string Iso3, GazetteerKind Kind, string Phrase, CandidateSource Source)
{
    /// <summary>Overrides first, then the country tables, then Phoenix.</summary>
    public int Tier => Source switch
    {
        CandidateSource.Override => 0,
        CandidateSource.Mledoze or CandidateSource.IsoTable => 1,
        _ => 2,
    };
}
