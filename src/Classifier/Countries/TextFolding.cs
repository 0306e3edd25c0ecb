namespace Classifier.Countries;

/// <summary>Folds a character to the lower-case, accent-free form that gazetteer keys use, so that
/// "Côte d'Ivoire", "COTE D'IVOIRE" and "Cote d'Ivoire" meet. A table, not Unicode decomposition: the
/// library runs with invariant globalization and this sits in the per-token hot path.</summary>
internal static class TextFolding
{
    private const char First = '\u00C0';

    // U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), one base letter each.
    private const string Table =
        "aaaaaaaceeeeiiiidnooooo\u00D7ouuuuy\u00FEs" +
        "aaaaaaaceeeeiiiidnooooo\u00F7ouuuuy\u00FEy" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c >= First && c < First + Table.Length)
        {
            return Table[c - First];
        }

        return c switch
        {
            '\u0218' or '\u0219' or '\u015E' or '\u015F' => 's', // Romanian and Turkish s with comma or cedilla
            '\u021A' or '\u021B' => 't',
            '\u0259' or '\u018F' => 'e', // Azerbaijani schwa
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Whether the folded character is plain ASCII, i.e. the fold understood it.</summary>
    public static bool IsAsciiFolded(char c) => Fold(c) < 128;
}
