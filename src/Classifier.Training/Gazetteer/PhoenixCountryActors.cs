using System.Text.RegularExpressions;
using Classifier.Taxonomy;

namespace Classifier.Training.Gazetteer;

/// <summary>Parses <c>Phoenix.Countries.actors.txt</c> (MIT) into country entries. The file mixes countries
/// (<c>AFGHANISTAN_ [AFG]</c>) with leaders and institutions coded to a country plus a role and a date range
/// (<c>[AFGGOV 331108-730717]</c>); only entries whose current code is a bare country (or a country's
/// territory, <c>[DNKGRL]</c>) are kept, because a person's name is not a safe pointer to a country.</summary>
internal static partial class PhoenixCountryActors
{
    // Phoenix uses the World Bank's code for Kosovo.
    private static readonly Dictionary<string, string> s_codeAliases = new(StringComparer.Ordinal) { ["KSV"] = "XKX" };

    public static List<PhoenixActor> Read(string path, CountryRegions table)
    {
        var actors = new List<PhoenixActor>();
        string? head = null;
        var synonyms = new List<string>();
        var codes = new List<string>();

        void Flush()
        {
            var iso3 = head is null ? null : CurrentCountry(codes, table);
            if (head is not null && iso3 is not null)
            {
                actors.Add(new PhoenixActor(head, [.. synonyms], iso3));
            }

            head = null;
            synonyms.Clear();
            codes.Clear();
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw).Replace('\u001A', ' ');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith('+'))
            {
                if (head is not null)
                {
                    synonyms.Add(line[1..].Trim());
                }
            }
            else if (char.IsWhiteSpace(line[0]))
            {
                codes.AddRange(CodesIn(line));
            }
            else
            {
                Flush();
                var bracket = line.IndexOf('[', StringComparison.Ordinal);
                head = (bracket < 0 ? line : line[..bracket]).Trim();
                codes.AddRange(CodesIn(line));
            }
        }

        Flush();
        return actors;
    }

    /// <summary>The country a list of <c>[CODE dates]</c> codes points to today: a code with no date range or
    /// an open-ended one (<c>&gt;911221</c>).</summary>
    private static string? CurrentCountry(List<string> codes, CountryRegions table)
    {
        foreach (var code in codes)
        {
            var parts = code.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts.Length > 1 && !parts[1].StartsWith('>'))
            {
                continue;
            }

            var id = parts[0];
            if (id.Length == 3)
            {
                var iso3 = s_codeAliases.GetValueOrDefault(id, id);
                if (table.IsKnown(iso3))
                {
                    return iso3;
                }
            }
            else if (id.Length == 6 && table.IsKnown(id[..3]) && table.IsKnown(id[3..]))
            {
                return id[3..];
            }
        }

        return null;
    }

    private static IEnumerable<string> CodesIn(string line) => Code().Matches(line).Select(m => m.Groups[1].Value.Trim());

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    [GeneratedRegex(@"\[([A-Z]{3,}[^\]]*)\]")]
    private static partial Regex Code();
}
