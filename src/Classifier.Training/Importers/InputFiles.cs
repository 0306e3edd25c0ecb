namespace Classifier.Training.Importers;

/// <summary>Resolves an importer's <c>--input</c> to the files it reads.</summary>
internal static class InputFiles
{
    /// <summary>A file stays itself; a directory becomes its files matching <paramref name="pattern"/>, sorted so
    /// that an import is reproducible.</summary>
    public static IReadOnlyList<string> Expand(string path, string pattern)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or directory.", path);
        }

        var files = Directory.GetFiles(path, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
        return files.Length > 0
            ? files
            : throw new FileNotFoundException($"{path}: the directory holds no {pattern} files.", path);
    }

    /// <summary>For formats whose ids are line numbers: two files would give two rows the same id.</summary>
    public static string Single(string path, string pattern)
    {
        var files = Expand(path, pattern);
        return files.Count == 1
            ? files[0]
            : throw new FileNotFoundException($"{path}: expected one {pattern} file, found {files.Count}; import them one at a time into separate outputs.", path);
    }
}
