using System.Reflection;

namespace Classifier.Countries;

/// <summary>Finds the countries an article concerns, from the gazetteer (<c>data/gazetteer/gazetteer.tsv</c>,
/// embedded), and ranks them by salience. Thread-safe; a call allocates little more than its result.</summary>
public sealed class CountryDetector
{
    private const string ResourceName = "Classifier.gazetteer.tsv";
    private static readonly Lazy<CountryDetector> s_default = new(LoadEmbedded);

    [ThreadStatic]
    private static DetectionContext? t_context;

    [ThreadStatic]
    private static ScoreSheet? t_sheet;

    private readonly Vocabulary _vocabulary = new();
    private readonly List<PhraseEntry> _entries = [];
    private readonly PhraseMatcher _matcher;
    private readonly PersonNameGuard _personNames;
    private readonly GeorgiaResolver _georgia;
    private readonly CongoResolver _congo;
    private readonly SalienceScorer _scorer;

    /// <summary>Builds a detector over the given gazetteer rows. When two rows read as the same words, the
    /// first wins.</summary>
    public CountryDetector(IEnumerable<GazetteerEntry> gazetteer)
    {
        var rows = gazetteer.ToList();
        var countries = rows.Select(r => r.Iso3).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var countryIndex = countries.Select((iso3, i) => (iso3, i)).ToDictionary(p => p.iso3, p => p.i, StringComparer.Ordinal);
        var trie = new PhraseTrie();
        foreach (var row in rows)
        {
            Add(trie, countryIndex[row.Iso3], row.Kind, row.Phrase, replace: false);
        }

        foreach (var phrase in NonCountryPhrases.All)
        {
            Add(trie, -1, GazetteerKind.Name, phrase, replace: true);
        }

        Countries = countries;
        _matcher = new PhraseMatcher(trie, _entries);
        _personNames = new PersonNameGuard(_entries, ["jordan", "chad"]);
        var georgia = countryIndex.GetValueOrDefault("GEO", -1);
        var congo = countryIndex.GetValueOrDefault("COD", -1);
        _georgia = new GeorgiaResolver(EntriesFor(georgia, "georgia", "georgian"), georgia, countryIndex.GetValueOrDefault("USA", -1));
        _congo = new CongoResolver(EntriesFor(congo, "congo", "congolese"), congo, countryIndex.GetValueOrDefault("COG", -1));
        _scorer = new SalienceScorer(countries);
    }

    /// <summary>The detector over the gazetteer shipped inside the library; built on first use.</summary>
    public static CountryDetector Default => s_default.Value;

    /// <summary>The ISO 3166-1 alpha-3 codes this detector can report.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>The countries the article concerns, most salient first. Salience is in (0, 1]: 1 for the top
    /// country, the others relative to it.</summary>
    public IReadOnlyList<CountryMention> Detect(string title, string text)
    {
        var context = Match(title, text);
        return _scorer.Score(context, _entries, t_sheet ??= new ScoreSheet());
    }

    /// <summary>The phrases behind <see cref="Detect"/>'s result, in text order: what each one says, the country it
    /// was read as (after the context rules) and the zone it was found in. For explaining a result; slower than
    /// <see cref="Detect"/> because it copies every phrase out.</summary>
    public IReadOnlyList<CountryPhrase> FindPhrases(string title, string text)
    {
        var context = Match(title, text);
        var phrases = new List<CountryPhrase>(context.Matches.Count);
        foreach (ref readonly var match in context.Matches.Span)
        {
            if (match.Country < 0)
            {
                continue;
            }

            var source = context.TextOf(match.First);
            var words = source[context.Tokens[match.First].Start..context.Tokens[match.Last].End];
            phrases.Add(new CountryPhrase(Countries[match.Country], words, ZoneName(match.Zone), _entries[match.Entry].Kind.ToText()));
        }

        return phrases;
    }

    private DetectionContext Match(string title, string text)
    {
        var context = t_context ??= new DetectionContext();
        context.Reset(title ?? "", text ?? "", _vocabulary);
        FindMatches(context);
        CommonNounGuard.Apply(context, _entries);
        _personNames.Apply(context);
        _georgia.Apply(context);
        _congo.Apply(context);
        return context;
    }

    private static string ZoneName(Zone zone) => zone switch
    {
        Zone.Title => "title",
        Zone.Dateline => "dateline",
        Zone.Lead => "lead",
        _ => "body",
    };

    private void FindMatches(DetectionContext context)
    {
        var tokens = context.Tokens.Span;
        var bodyStart = context.TitleCount;
        _matcher.FindMatches(tokens, 0, bodyStart, Zone.Title, context.Matches);

        var datelineChars = DocumentZones.DatelineEnd(context.Body, tokens[bodyStart..]);
        var leadStart = bodyStart;
        while (leadStart < tokens.Length && tokens[leadStart].Start < datelineChars)
        {
            leadStart++;
        }

        if (leadStart > bodyStart && leadStart < tokens.Length)
        {
            // The lead sentence starts after the dateline's dash.
            context.Tokens[leadStart].Flags |= TokenFlags.SentenceStart;
        }

        var leadEnd = leadStart < tokens.Length ? DocumentZones.LeadEnd(tokens, leadStart) : tokens.Length;
        _matcher.FindMatches(tokens, bodyStart, leadStart, Zone.Dateline, context.Matches);
        _matcher.FindMatches(tokens, leadStart, leadEnd, Zone.Lead, context.Matches);
        _matcher.FindMatches(tokens, leadEnd, tokens.Length, Zone.Body, context.Matches);
    }

    private void Add(PhraseTrie trie, int country, GazetteerKind kind, string phrase, bool replace)
    {
        var tokens = Tokenizer.TokenizePhrase(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var ids = tokens.Select(t => _vocabulary.GetOrAdd(t.Folded)).ToArray();
        if (trie.Add(ids, _entries.Count, replace))
        {
            if (ids.Length == 1 && country >= 0)
            {
                _vocabulary.MarkStandalone(ids[0]);
            }

            _entries.Add(PhraseEntry.Create(country, kind, phrase, tokens));
        }
    }

    private int[] EntriesFor(int country, params string[] keys)
    {
        var found = new List<int>();
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Country == country && country >= 0 && keys.Contains(GazetteerPhrase.Key(_entries[i].Phrase)))
            {
                found.Add(i);
            }
        }

        return [.. found];
    }

    private static CountryDetector LoadEmbedded()
    {
        using var stream = typeof(CountryDetector).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new CountryDetector(GazetteerTsv.Read(reader, "gazetteer.tsv"));
    }
}
