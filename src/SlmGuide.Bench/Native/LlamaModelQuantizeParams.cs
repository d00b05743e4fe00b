using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>Mirror of <c>struct llama_model_quantize_params</c> in llama.h of the pinned engine.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct LlamaModelQuantizeParams
{
    public int ThreadCount;
    public LlamaFileType FileType;
    public GgmlType OutputTensorType;
    public GgmlType TokenEmbeddingType;
    public byte AllowRequantize;
    public byte QuantizeOutputTensor;
    public byte OnlyCopy;
    public byte Pure;
    public byte KeepSplit;
    public byte DryRun;
    public nint ImportanceMatrix;
    public nint KeyValueOverrides;
    public nint TensorTypeOverrides;
    public nint PruneLayers;
    public nuint MaxBufferSize;
}
