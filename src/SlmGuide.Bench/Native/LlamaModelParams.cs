using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>
/// Mirror of <c>struct llama_model_params</c> in llama.h of the pinned engine (npm
/// node-llama-cpp 3.22.1, llama.cpp release v0.5.0). Field order and widths must match the
/// header exactly; C <c>bool</c> is one byte, so it is kept as <see cref="byte"/> to stay blittable.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct LlamaModelParams
{
    public nint Devices;
    public nint TensorBufferTypeOverrides;
    public int GpuLayerCount;
    public int SplitMode;
    public int LoadMode;
    public int LazyMode;
    public int MainGpu;
    public nint TensorSplit;
    public nint ProgressCallback;
    public nint ProgressCallbackUserData;
    public nint KeyValueOverrides;
    public byte VocabOnly;
    public byte CheckTensors;
    public byte UseExtraBufferTypes;
    public byte NoHost;
    public byte NoAlloc;
    public byte LoadMtp;
}
