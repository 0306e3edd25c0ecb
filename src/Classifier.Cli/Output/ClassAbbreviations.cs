namespace Classifier.Cli.Output;

/// <summary>Short column names for a confusion matrix that are unique within their label set, so an 11-class
/// matrix fits an 80-column terminal and no two columns read alike: "middle-east-north-africa" is "mena",
/// "diplomacy" "dipl", and "verbal-cooperation" / "verbal-conflict" become "vcoo" / "vcon" (not "vc" twice).</summary>
public static class ClassAbbreviations
{
    public static IReadOnlyList<string> For(IReadOnlyList<string> classes)
    {
        // Every class starts at its shortest form; those that collide are lengthened together until none does. The
        // full id is the last resort, and ids are unique, so this ends.
        var extra = new int[classes.Count];
        var names = classes.Select((c, i) => Abbreviate(c, extra[i])).ToArray();
        while (true)
        {
            var clashing = Enumerable.Range(0, classes.Count)
                .Where(i => names[i] != classes[i] && names.Count(n => n == names[i]) > 1)
                .ToArray();
            if (clashing.Length == 0)
            {
                return names;
            }

            foreach (var i in clashing)
            {
                extra[i]++;
                names[i] = Abbreviate(classes[i], extra[i]);
            }
        }
    }

    // Initials of every hyphenated part but the last, then the last part's first 1 + extra letters (the full id once
    // that part is used up); a single word's first 4 + extra letters.
    private static string Abbreviate(string id, int extra)
    {
        var parts = id.Split('-');
        if (parts.Length == 1)
        {
            return id[..Math.Min(id.Length, 4 + extra)];
        }

        var last = parts[^1];
        return extra > 0 && 1 + extra > last.Length
            ? id
            : string.Concat(parts[..^1].Select(p => p[..Math.Min(p.Length, 1)])) + last[..Math.Min(last.Length, 1 + extra)];
    }
}
