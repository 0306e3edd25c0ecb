namespace Classifier.Training.Importers;

/// <summary>The importers by <c>--format</c> name.</summary>
public static class CorpusImporters
{
    private static readonly Dictionary<string, Func<ImportOptions, ICorpusImporter>> s_factories = new(StringComparer.Ordinal)
    {
        ["reuters"] = o => o.ReutersPlacesPath is { } places ? new ReutersImporter(ReutersPlaceTable.Load(places)) : new ReutersImporter(),
        ["cameo"] = _ => new CameoImporter(),
        ["bbc"] = _ => new BbcImporter(),
        ["agnews"] = _ => new AgNewsImporter(),
        ["newscategory"] = o => new NewsCategoryImporter(
            o.NewsCategoryLabelsPath is { } labels ? NewsCategoryLabels.Load(labels) : null, o.LabelledOnly),
    };

    /// <summary>In order of preference, for help texts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["reuters", "cameo", "bbc", "agnews", "newscategory"];

    public static ICorpusImporter Create(string name, ImportOptions? options = null) =>
        s_factories.TryGetValue(name, out var create)
            ? create(options ?? new ImportOptions())
            : throw new ArgumentException($"Unknown import format '{name}' (expected one of {string.Join(", ", Names)}).", nameof(name));
}
