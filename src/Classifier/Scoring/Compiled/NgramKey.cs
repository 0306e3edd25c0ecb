namespace Classifier.Scoring.Compiled;

/// <summary>An n-gram of up to three token ids (each under 2^21) packed into one 64-bit dictionary key.</summary>
internal static class NgramKey
{
    public const int MaxLength = 3;

    public static ulong Extend(ulong key, int tokenId) => (key << 21) | (uint)tokenId;

    public static ulong Of(ReadOnlySpan<int> tokenIds)
    {
        if (tokenIds.Length is 0 or > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(tokenIds), tokenIds.Length, $"An n-gram key holds 1 to {MaxLength} tokens.");
        }

        ulong key = 0;
        foreach (var id in tokenIds)
        {
            key = Extend(key, id);
        }

        return key;
    }
}
