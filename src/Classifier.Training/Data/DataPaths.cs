namespace Classifier.Training.Data;

public static class DataPaths
{
    /// <summary>Expands each argument: a file stays itself, a directory becomes its <c>*.csv</c> files (sorted, so
    /// a run is reproducible). A missing path is an error naming it.</summary>
    public static IReadOnlyList<string> ExpandCsv(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.csv", SearchOption.TopDirectoryOnly)
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                if (found.Length == 0)
                {
                    throw new FileNotFoundException($"{path}: the directory holds no .csv files.", path);
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or directory.", path);
            }
        }

        return files;
    }
}
