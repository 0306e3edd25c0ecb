namespace Classifier.Countries;

/// <summary>The gazetteer file format: a header line, then <c>iso3 TAB kind TAB phrase</c> rows.</summary>
public static class GazetteerTsv
{
    public const string Header = "iso3\tkind\tphrase";

    public static string FormatLine(GazetteerEntry entry) => $"{entry.Iso3}\t{entry.Kind.ToText()}\t{entry.Phrase}";

    public static IReadOnlyList<GazetteerEntry> Read(TextReader reader, string sourceName)
    {
        if (reader.ReadLine() != Header)
        {
            throw new FormatException($"{sourceName}:1: expected header '{Header.Replace("\t", "<TAB>", StringComparison.Ordinal)}'.");
        }

        var entries = new List<GazetteerEntry>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length != 3 || fields[2].Length == 0)
            {
                throw new FormatException($"{sourceName}:{lineNumber}: expected 'iso3<TAB>kind<TAB>phrase'.");
            }

            if (!GazetteerKinds.TryParse(fields[1], out var kind))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: unknown kind '{fields[1]}'.");
            }

            entries.Add(new GazetteerEntry(fields[0], kind, fields[2]));
        }

        return entries;
    }
}
