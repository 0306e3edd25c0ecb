using Classifier.Bundles;

namespace Classifier.Hosting.Tests.Models;

/// <summary>Where <c>serve</c> and <c>worker</c> look for the model when not told: the checkout's
/// <c>models/default</c> (which <c>train --out models/default</c> replaces), not the copy the build put in <c>bin/</c>.</summary>
public sealed class BundleLocatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"classifier-locator-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void From_a_checkouts_bin_directory_the_checkouts_own_bundle_is_found()
    {
        var program = Path.Combine(_root, "src", "Classifier.Cli", "bin", "Release", "net10.0");
        Bundle(program);
        Bundle(_root);
        File.WriteAllText(Path.Combine(_root, BundleLocator.CheckoutMarker), "");

        Assert.Equal(Path.Combine(_root, "models/default"), BundleLocator.FindFrom(program));
    }

    [Fact]
    public void An_installed_program_uses_the_bundle_beside_it()
    {
        var program = Path.Combine(_root, "opt", "classifier");
        Bundle(program);
        Bundle(_root); // a models/default higher up, but no checkout

        Assert.Equal(Path.Combine(program, "models/default"), BundleLocator.FindFrom(program));
    }

    [Fact]
    public void Without_any_bundle_there_is_none()
    {
        Directory.CreateDirectory(_root);

        Assert.Null(BundleLocator.FindFrom(_root));
    }

    private static void Bundle(string under)
    {
        var dir = Path.Combine(under, "models", "default");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, BundleFormat.ManifestFileName), "{}");
    }
}
