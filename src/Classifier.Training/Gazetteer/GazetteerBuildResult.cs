using Classifier.Countries;

namespace Classifier.Training.Gazetteer;

/// <summary>The built gazetteer, with what was left out and why, for review.</summary>
public sealed record GazetteerBuildResult(
    IReadOnlyList<GazetteerEntry> Entries,
    IReadOnlyDictionary<GazetteerEntry, CandidateSource> SourceOf,
    IReadOnlyList<string> AmbiguousPhrases,
    int ExcludedCandidates,
    int UnsafeCandidates);
