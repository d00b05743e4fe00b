namespace SlmGuide.Data.Concurrency;

/// <summary>
/// Parallel loops for the build's loaders, which run inside one another. PLINQ splits its input
/// into fixed ranges and its caller then blocks on ranges that no free thread has started: with
/// two cores and loaders nested three deep the thread pool starves until it injects a thread,
/// half a second later. Parallel.For hands out items as threads ask and its caller works too,
/// so it finishes without waiting for new threads.
/// </summary>
public static class ParallelWork
{
    /// <summary>Maps every item, in parallel, keeping the input order.</summary>
    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var results = new TOut[items.Count];
        Parallel.For(0, items.Count, index => results[index] = map(items[index]));
        return results;
    }

    /// <summary>Runs the actions in parallel and returns when all are done.</summary>
    public static void Run(params Action[] actions) => Map(actions, action =>
    {
        action();
        return true;
    });
}
