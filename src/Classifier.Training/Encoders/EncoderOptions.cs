using Classifier.Encoders;
using Classifier.Features;

namespace Classifier.Training.Encoders;

/// <summary>The sentence encoder a training run gives its heads (train --encoder ...).</summary>
public sealed record EncoderOptions
{
    /// <summary><see cref="EncoderKinds.MiniLm"/> or <see cref="EncoderKinds.Static"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>MiniLM: tokens read per article.</summary>
    public int MaxTokens { get; init; } = MiniLmEncoder.DefaultMaxTokens;

    /// <summary>Static table: dimensions kept by PCA.</summary>
    public int StaticDimensions { get; init; } = StaticTableDistiller.DefaultDimensions;

    public float Scale { get; init; } = EmbeddingSource.DefaultScale;

    /// <summary>Where MiniLM vectors of texts already encoded are kept between runs; null for no cache.</summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory;

    public static string DefaultCacheDirectory =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "classifier");
}
