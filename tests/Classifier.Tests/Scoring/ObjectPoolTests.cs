using Classifier.Scoring;

namespace Classifier.Tests.Scoring;

public class ObjectPoolTests
{
    private sealed class Item
    {
        public int InUse;
    }

    [Fact]
    public void A_returned_item_is_rented_again_instead_of_a_new_one()
    {
        var created = 0;
        var pool = new ObjectPool<Item>(() => { created++; return new Item(); }, maxRetained: 2);
        var first = pool.Rent();
        pool.Return(first);
        Assert.Same(first, pool.Rent());
        Assert.Equal(1, created);
    }

    [Fact]
    public void Items_beyond_the_cap_are_dropped()
    {
        var created = 0;
        var pool = new ObjectPool<Item>(() => { created++; return new Item(); }, maxRetained: 2);
        var items = Enumerable.Range(0, 5).Select(_ => pool.Rent()).ToArray();
        foreach (var item in items)
        {
            pool.Return(item);
        }

        var again = Enumerable.Range(0, 5).Select(_ => pool.Rent()).ToArray();
        Assert.Equal(2, again.Count(items.Contains));
        Assert.Equal(8, created);
    }

    [Fact]
    public void No_item_is_lent_to_two_threads_at_once()
    {
        var pool = new ObjectPool<Item>(() => new Item(), maxRetained: 4);
        var clashes = 0;
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            var item = pool.Rent();
            if (Interlocked.Exchange(ref item.InUse, 1) != 0)
            {
                Interlocked.Increment(ref clashes);
            }

            Volatile.Write(ref item.InUse, 0);
            pool.Return(item);
        });
        Assert.Equal(0, clashes);
    }

    [Fact]
    public void A_cap_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ObjectPool<Item>(() => new Item(), maxRetained: 0));
    }
}
