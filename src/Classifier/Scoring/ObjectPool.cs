using System.Collections.Concurrent;

namespace Classifier.Scoring;

/// <summary>A small lock-free pool. ML.NET's PredictionEngine is not thread-safe, and the pooled
/// Microsoft.Extensions.ML is not available here, so each thread borrows its own engine.</summary>
internal sealed class ObjectPool<T> where T : class
{
    private readonly ConcurrentBag<T> _items = [];
    private readonly Func<T> _create;
    private readonly int _maxRetained;

    public ObjectPool(Func<T> create, int maxRetained)
    {
        _create = create;
        _maxRetained = maxRetained;
    }

    public T Rent() => _items.TryTake(out var item) ? item : _create();

    public void Return(T item)
    {
        // Beyond the cap an engine is dropped: a burst of threads must not pin memory for ever.
        if (_items.Count < _maxRetained)
        {
            _items.Add(item);
        }
    }
}
