using System.Text;

namespace Classifier.Tests.Importers;

/// <summary>A temporary directory for the small sample corpora the importer tests write.</summary>
public sealed class TempCorpus : IDisposable
{
    private readonly DirectoryInfo _dir = System.IO.Directory.CreateTempSubdirectory("importer-tests-");

    public string Directory => _dir.FullName;

    public string Write(string name, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string PathOf(string name) => Path.Combine(_dir.FullName, name);

    public void Dispose() => _dir.Delete(recursive: true);
}
