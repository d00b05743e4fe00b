using LLama.Native;

namespace SlmGuide.Bench.LlamaSharpWorker;

/// <summary>
/// Receives llama.cpp's log through LLamaSharp: errors go to standard error, where the runner keeps
/// the last lines of a failed job, and are kept for the message of the exception that follows them.
/// </summary>
internal static class LlamaSharpLog
{
    private const int Kept = 8;
    private static readonly Queue<string> Recent = new();

    public static void Receive(LLamaLogLevel level, string message)
    {
        if (level != LLamaLogLevel.Error || string.IsNullOrWhiteSpace(message))
        {
            return;
        }

        Console.Error.Write(message);
        lock (Recent)
        {
            Recent.Enqueue(message.Trim());
            if (Recent.Count > Kept)
            {
                Recent.Dequeue();
            }
        }
    }

    /// <summary>The errors logged since the last call, joined; "no reason logged" when there were none.</summary>
    public static string TakeRecent()
    {
        lock (Recent)
        {
            var text = Recent.Count == 0 ? "no reason logged" : string.Join(" | ", Recent);
            Recent.Clear();
            return text;
        }
    }
}
