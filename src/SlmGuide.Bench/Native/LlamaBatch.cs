using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>Mirror of <c>struct llama_batch</c>; the pointers belong to llama.cpp or to a pinned span.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct LlamaBatch
{
    public int TokenCount;
    public int* Tokens;
    public float* Embeddings;
    public int* Positions;
    public int* SequenceIdCounts;
    public int** SequenceIds;
    public sbyte* Logits;
}
