using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>Reuters-21578 (<c>reut2-*.sgm</c>, a file or a directory): region and country labels from
/// <c>&lt;PLACES&gt;</c>. Topic and tone stay empty: Reuters TOPICS are commodity and economic categories, not this
/// taxonomy's topics, and the collection has no event coding.</summary>
public sealed class ReutersImporter : ICorpusImporter
{
    public const string Source = "reuters21578";

    private readonly Lazy<ReutersPlaceTable> _places;

    /// <summary>Uses the committed <see cref="ReutersPlaceTable.RelativePath"/>, loaded on first import.</summary>
    public ReutersImporter()
        : this(new Lazy<ReutersPlaceTable>(ReutersPlaceTable.LoadDefault))
    {
    }

    public ReutersImporter(ReutersPlaceTable places)
        : this(new Lazy<ReutersPlaceTable>(places))
    {
    }

    private ReutersImporter(Lazy<ReutersPlaceTable> places) => _places = places;

    public string Name => "reuters";

    public string Description => "Reuters-21578 SGML (reut2-*.sgm file or directory): regions and countries from PLACES.";

    public IEnumerable<LabelledArticle> Import(string path, IProgress<string>? progress, ImportSkips? skips = null)
    {
        var places = _places.Value;
        foreach (var file in InputFiles.Expand(path, "*.sgm"))
        {
            var fileSkips = new ImportSkips();
            var imported = 0;
            foreach (var record in ReutersSgmlReader.Read(file))
            {
                var (article, skipReason) = ToArticle(record, places);
                if (article is null)
                {
                    fileSkips.Add(skipReason!);
                    skips?.Add(skipReason!);
                    continue;
                }

                imported++;
                yield return article;
            }

            progress?.Report($"{Path.GetFileName(file)}: imported {imported} (skipped {fileSkips})");
        }
    }

    private static (LabelledArticle? Article, string? SkipReason) ToArticle(ReutersRecord record, ReutersPlaceTable places)
    {
        if (record.Body is null)
        {
            return (null, record.TextType is { } type ? $"no BODY (TEXT TYPE={type})" : "no BODY");
        }

        var body = ReutersText.Body(record.Body);
        if (body.Length == 0)
        {
            return (null, "empty BODY");
        }

        var countries = Countries(record, places);
        if (countries.Count == 0)
        {
            // Topic and tone are empty for every Reuters row, so a row without a country would train no head.
            return (null, "no country in PLACES");
        }

        return (new LabelledArticle
        {
            Id = $"reuters-{record.NewId}",
            Title = record.Title,
            // The library reads the place a story happens at from a leading dateline, as wires write it.
            Text = Dateline(record) is { Length: > 0 } dateline ? $"{dateline} {body}" : body,
            Regions = RegionsOfCountries.Of(countries),
            Countries = countries,
            Source = Source,
            Location = record.Location,
        }, null);
    }

    // A few datelines start with the wire's priority stars ("****LONDON, March 5 -"), which are not text.
    private static string Dateline(ReutersRecord record) => record.Dateline.TrimStart('*', ' ');

    private static List<string> Countries(ReutersRecord record, ReutersPlaceTable places)
    {
        var countries = new List<string>();
        foreach (var code in record.Places)
        {
            if (!places.TryGetIso3(code, out var iso3))
            {
                throw new ImportFormatException(record.Location, $"unknown PLACES code '{code}' (add it to {places.SourceName})");
            }

            // Both Germanys (and both Yemens) are one country today: list it once.
            if (iso3.Length > 0 && !countries.Contains(iso3))
            {
                countries.Add(iso3);
            }
        }

        return countries;
    }
}
