namespace Classifier.Tests.Shared;

/// <summary>Where the checkout's pieces are, found from the test binary's location.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Classifier.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => s_root.Value;

    public static string ShippedModel => Path.Combine(Root, "models", "default");

    /// <summary>The shipped n-gram bundle: for tests about delivery and ordering, where MiniLM's ~40 ms an article
    /// would only make them slow.</summary>
    public static string FastModel => Path.Combine(Root, "models", "fast");

    public static string Data => Path.Combine(Root, "data");

    /// <summary>The read-only ../shared folder beside the checkout; it may be absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedArticle => Path.Combine(Shared, "examples", "seed-article.txt");
}
