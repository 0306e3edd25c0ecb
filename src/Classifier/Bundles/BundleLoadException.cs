namespace Classifier.Bundles;

/// <summary>A model bundle is missing, corrupt or made for another version. The message names the file.</summary>
public sealed class BundleLoadException : Exception
{
    public BundleLoadException(string message) : base(message)
    {
    }

    public BundleLoadException(string message, Exception inner) : base(message, inner)
    {
    }
}
