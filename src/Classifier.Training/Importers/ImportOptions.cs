namespace Classifier.Training.Importers;

/// <summary>Settings some importers need; each importer ignores the ones that are not its own.</summary>
public sealed record ImportOptions
{
    /// <summary>The Reuters PLACES → ISO3 table; null for the committed <see cref="ReutersPlaceTable.RelativePath"/>.</summary>
    public string? ReutersPlacesPath { get; init; }
}
