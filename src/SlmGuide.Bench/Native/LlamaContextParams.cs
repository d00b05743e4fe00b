using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>
/// Mirror of <c>struct llama_context_params</c> in llama.h of the pinned engine. Enums are C
/// <c>int</c>s; C <c>bool</c>s are single bytes grouped at the end, as in the header.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct LlamaContextParams
{
    public uint ContextSize;
    public uint BatchSize;
    public uint MicroBatchSize;
    public uint SequenceMax;
    public uint RecurrentStateSnapshots;
    public uint OutputsMax;
    public uint OutputsMaxPerSequence;
    public int Threads;
    public int ThreadsBatch;
    public int ContextType;
    public int RopeScalingType;
    public int PoolingType;
    public int AttentionType;
    public int FlashAttentionType;
    public float RopeFrequencyBase;
    public float RopeFrequencyScale;
    public float YarnExtrapolationFactor;
    public float YarnAttentionFactor;
    public float YarnBetaFast;
    public float YarnBetaSlow;
    public uint YarnOriginalContext;
    public float DefragThreshold;
    public nint EvalCallback;
    public nint EvalCallbackUserData;
    public GgmlType KeyCacheType;
    public GgmlType ValueCacheType;
    public nint AbortCallback;
    public nint AbortCallbackData;
    public byte Embeddings;
    public byte OffloadKqv;
    public byte NoPerf;
    public byte OpOffload;
    public byte SwaFull;
    public byte KvUnified;
    public nint Samplers;
    public nuint SamplerCount;
    public nint OtherContext;
}
