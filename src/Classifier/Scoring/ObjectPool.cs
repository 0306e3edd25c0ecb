namespace Classifier.Scoring;

/// <summary>A small lock-free pool. ML.NET's PredictionEngine is not thread-safe, and the pooled
/// Microsoft.Extensions.ML is not available here, so each thread borrows its own engine.</summary>
/// <remarks>A fixed array of slots claimed with compare-and-swap, like Microsoft.Extensions.ObjectPool's default pool.
/// It replaced a ConcurrentBag whose <c>Count</c> (checked on every return) locks every thread's list: in a trace of
/// <c>classifier score</c> that lock contention took more time than the tone head's own scoring.</remarks>
internal sealed class ObjectPool<T> where T : class
{
    private readonly T?[] _slots;
    private readonly Func<T> _create;

    public ObjectPool(Func<T> create, int maxRetained)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRetained, 1);
        _create = create;
        _slots = new T?[maxRetained];
    }

    public T Rent()
    {
        var slots = _slots;
        for (var i = 0; i < slots.Length; i++)
        {
            var item = slots[i];
            if (item is not null && Interlocked.CompareExchange(ref slots[i], null, item) == item)
            {
                return item;
            }
        }

        return _create();
    }

    public void Return(T item)
    {
        // Beyond the slots an item is dropped: a burst of threads must not pin memory for ever.
        var slots = _slots;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is null && Interlocked.CompareExchange(ref slots[i], item, null) is null)
            {
                return;
            }
        }
    }
}
