namespace Classifier.Training.Lexicons;

/// <summary>The parts of the PETRARCH2 verb dictionary (CAMEO.2.0.txt) the tone features use.</summary>
public sealed record CameoVerbDictionary(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Synsets,
    IReadOnlyList<CameoVerbFamily> Families);

/// <summary>A verb block: its forms, default code ("---" for none) and patterns.</summary>
public sealed record CameoVerbFamily(string Name, string DefaultCode, IReadOnlyList<CameoVerbForm> Forms, IReadOnlyList<CameoPattern> Patterns);

/// <summary>A verb form (lower case, words separated by spaces); some forms carry their own code, e.g.
/// "ACCUSE [112]" inside the BLAME block.</summary>
public sealed record CameoVerbForm(string Text, string? Code);

/// <summary>Words that must precede and follow the verb, each slot a set of alternatives; code "---" means the
/// pattern marks a non-event and suppresses the verb.</summary>
public sealed record CameoPattern(IReadOnlyList<IReadOnlyList<string>> Before, IReadOnlyList<IReadOnlyList<string>> After, string Code);
