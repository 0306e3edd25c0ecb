namespace Classifier.Countries;

/// <summary>Why a gazetteer phrase points at a country. The order is the precedence used when one phrase is
/// claimed twice: a country's own name outranks a city that happens to share it.</summary>
public enum GazetteerKind
{
    Name,
    Historical,
    Alt,
    Demonym,
    Capital,
    City,
    Metonym,
    Institution,
}

/// <summary>The lower-case words the gazetteer file uses for <see cref="GazetteerKind"/>.</summary>
public static class GazetteerKinds
{
    private static readonly string[] s_names = ["name", "historical", "alt", "demonym", "capital", "city", "metonym", "institution"];

    public static IReadOnlyList<string> All => s_names;

    public static string ToText(this GazetteerKind kind) => s_names[(int)kind];

    public static bool TryParse(string text, out GazetteerKind kind)
    {
        var index = Array.IndexOf(s_names, text);
        kind = index < 0 ? default : (GazetteerKind)index;
        return index >= 0;
    }
}
