using Classifier.Countries;

namespace Classifier.Training.Gazetteer;

/// <summary>Gives each Phoenix synonym a kind. Phoenix lists a country's spellings first (misspellings,
/// foreign-language names, adjectives) and then its places (capital, cities, provinces, landmarks) without
/// saying which is which, so the kind is inferred: a synonym that resembles the country's names is an
/// alternative name, or a demonym if it ends like one and resembles the demonym more than the name; any other
/// synonym is a place when it comes after the capital, else an alternative name. The kind only weights a
/// mention, so an occasional wrong guess costs little.</summary>
internal sealed class PhoenixPhraseClassifier
{
    private static readonly string[] s_demonymEndings = ["an", "ian", "ean", "ese", "i", "ish", "ic", "ot", "ois", "er", "ine", "ite"];

    private readonly IReadOnlyDictionary<string, CountryWords> _words;

    public PhoenixPhraseClassifier(IEnumerable<GazetteerCandidate> tableCandidates)
    {
        _words = tableCandidates
            .GroupBy(c => c.Iso3, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => CountryWords.From(g), StringComparer.Ordinal);
    }

    public IEnumerable<GazetteerCandidate> Classify(PhoenixActor actor)
    {
        var words = _words.GetValueOrDefault(actor.Iso3) ?? CountryWords.Empty;
        var head = PhoenixPhraseCasing.ToRunningText(actor.Head);
        words = words.WithName(head);
        yield return new GazetteerCandidate(actor.Iso3, GazetteerKind.Alt, head, CandidateSource.Phoenix);

        var phrases = actor.Synonyms.Select(PhoenixPhraseCasing.ToRunningText).ToList();
        var capital = phrases.FindIndex(p => words.Capitals.Contains(GazetteerPhrase.Key(p)));
        for (var i = 0; i < phrases.Count; i++)
        {
            var kind = KindOf(phrases[i], words, afterCapital: capital >= 0 && i >= capital);
            yield return new GazetteerCandidate(actor.Iso3, kind, phrases[i], CandidateSource.Phoenix);
        }
    }

    private static GazetteerKind KindOf(string phrase, CountryWords words, bool afterCapital)
    {
        var tokens = GazetteerPhrase.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return GazetteerKind.Alt;
        }

        if (!tokens.Any(t => words.Names.Concat(words.Demonyms).Any(r => Resembles(t, r))))
        {
            return afterCapital ? GazetteerKind.City : GazetteerKind.Alt;
        }

        var last = tokens[^1];
        var singular = last.Length > 4 && last.EndsWith('s') ? last[..^1] : last;
        var endsLikeDemonym = s_demonymEndings.Any(e => singular.EndsWith(e, StringComparison.Ordinal))
            && words.Names.Concat(words.Demonyms).Any(r => Resembles(singular, r));
        var toDemonym = words.Demonyms.Select(d => Levenshtein(singular, d)).DefaultIfEmpty(int.MaxValue).Min();
        var toName = words.Names.Select(n => Levenshtein(singular, n)).DefaultIfEmpty(int.MaxValue).Min();
        return endsLikeDemonym && toDemonym < toName ? GazetteerKind.Demonym : GazetteerKind.Alt;
    }

    // Shares a four-letter start ("Russland"/"Russia") or is a small edit away ("Jermany"/"Germany").
    private static bool Resembles(string word, string reference)
    {
        if (word.Length < 4 || reference.Length < 4)
        {
            return false;
        }

        return word.AsSpan(0, 4).SequenceEqual(reference.AsSpan(0, 4))
            || Levenshtein(word, reference) <= Math.Max(1, Math.Min(word.Length, reference.Length) / 4);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The folded words of a country's names and demonyms, and the keys of its capitals.</summary>
    private sealed record CountryWords(HashSet<string> Names, HashSet<string> Demonyms, HashSet<string> Capitals)
    {
        public static CountryWords Empty { get; } = new([], [], []);

        public static CountryWords From(IEnumerable<GazetteerCandidate> candidates)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var demonyms = new HashSet<string>(StringComparer.Ordinal);
            var capitals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                var key = GazetteerPhrase.Key(candidate.Phrase);
                switch (candidate.Kind)
                {
                    case GazetteerKind.Name or GazetteerKind.Alt:
                        names.UnionWith(SignificantWords(key));
                        break;
                    case GazetteerKind.Demonym:
                        demonyms.UnionWith(SignificantWords(key));
                        break;
                    case GazetteerKind.Capital:
                        capitals.Add(key);
                        break;
                }
            }

            return new CountryWords(names, demonyms, capitals);
        }

        public CountryWords WithName(string phrase) =>
            this with { Names = [.. Names, .. SignificantWords(GazetteerPhrase.Key(phrase))] };

        // "Republic", "Kingdom" and the like would make every "Republic of X" resemble every country.
        private static IEnumerable<string> SignificantWords(string key) =>
            key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && !s_generic.Contains(w));

        private static readonly HashSet<string> s_generic = new(StringComparer.Ordinal)
        {
            "republic", "kingdom", "state", "states", "united", "democratic", "federal", "federation", "people",
            "peoples", "islamic", "socialist", "commonwealth", "union", "islands", "island", "principality",
            "grand", "duchy", "north", "south", "east", "west", "northern", "southern", "central", "plurinational",
            "bolivarian", "oriental", "arab", "independent", "sovereign", "territory", "saint", "sint", "great",
            "nation", "cooperative", "hashemite", "sultanate", "emirates", "arabia", "guinea", "new",
        };
    }
}
