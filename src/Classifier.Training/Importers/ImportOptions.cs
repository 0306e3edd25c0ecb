namespace Classifier.Training.Importers;

/// <summary>Settings some importers need; each importer ignores the ones that are not its own.</summary>
public sealed record ImportOptions
{
    /// <summary>The Reuters PLACES → ISO3 table; null for the committed <see cref="ReutersPlaceTable.RelativePath"/>.</summary>
    public string? ReutersPlacesPath { get; init; }

    /// <summary>newscategory: our labels table, joined by <c>row</c>; null imports site-category topics only.</summary>
    public string? NewsCategoryLabelsPath { get; init; }

    /// <summary>newscategory: import only the items the labels table has.</summary>
    public bool LabelledOnly { get; init; }
}
