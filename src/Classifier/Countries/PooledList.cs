using System.Buffers;

namespace Classifier.Countries;

/// <summary>A growable array rented from the shared pool, kept per thread and reused across calls so that
/// detection allocates almost nothing.</summary>
internal sealed class PooledList<T>
    where T : struct
{
    private T[] _items = ArrayPool<T>.Shared.Rent(256);

    public int Count { get; private set; }

    public ReadOnlySpan<T> Span => _items.AsSpan(0, Count);

    public ref T this[int index] => ref _items[index];

    public void Clear() => Count = 0;

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items);
            _items = larger;
        }

        _items[Count++] = item;
    }
}
