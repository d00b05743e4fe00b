using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace SlmGuide.Bench.Native;

/// <summary>
/// Receives llama.cpp's log callback. llama.cpp sends fragments (a line may arrive in several
/// calls, continuations marked GGML_LOG_LEVEL_CONT), so fragments are joined into lines before
/// they reach the sink. The last warnings and errors are remembered so a failed call can say why.
/// </summary>
internal static unsafe class LlamaLogRouter
{
    private const int ContinueLevel = 5;
    private const int RememberedProblems = 8;

    private static readonly Lock Gate = new();
    private static readonly StringBuilder Pending = new();
    private static readonly Queue<string> Problems = new();
    private static LlamaLogLevel _pendingLevel = LlamaLogLevel.Info;
    private static ILlamaLogSink _sink = new StandardErrorLogSink(LlamaLogLevel.Error);

    internal static ILlamaLogSink Sink
    {
        get
        {
            lock (Gate)
            {
                return _sink;
            }
        }

        set
        {
            lock (Gate)
            {
                _sink = value;
            }
        }
    }

    internal static void Attach() => LlamaNativeMethods.llama_log_set(&OnLog, null);

    /// <summary>Returns and forgets the warnings and errors logged since the last call.</summary>
    internal static string TakeRecentProblems()
    {
        lock (Gate)
        {
            var text = string.Join(" | ", Problems);
            Problems.Clear();
            return text;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLog(int level, byte* text, void* userData)
    {
        // An exception must never cross back into native code, so a failing sink is reported and skipped.
        try
        {
            var fragment = text is null ? string.Empty : Marshal.PtrToStringUTF8((nint)text) ?? string.Empty;
            lock (Gate)
            {
                if (level != ContinueLevel)
                {
                    Flush();
                    _pendingLevel = level is >= 1 and <= 4 ? (LlamaLogLevel)level : LlamaLogLevel.Info;
                }

                Pending.Append(fragment);
                if (fragment.EndsWith('\n'))
                {
                    Flush();
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"The llama.cpp log sink failed: {exception.Message}");
        }
    }

    private static void Flush()
    {
        if (Pending.Length == 0)
        {
            return;
        }

        var line = Pending.ToString().TrimEnd('\n', '\r');
        Pending.Clear();
        if (_pendingLevel >= LlamaLogLevel.Warning)
        {
            if (Problems.Count == RememberedProblems)
            {
                Problems.Dequeue();
            }

            Problems.Enqueue(line.Trim());
        }

        _sink.Write(_pendingLevel, line);
    }
}
