using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>Owns a <c>llama_model *</c>; contexts add a reference so the model outlives them.</summary>
public sealed class SafeLlamaModelHandle : SafeHandle
{
    public SafeLlamaModelHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    internal SafeLlamaModelHandle(nint model)
        : base(nint.Zero, ownsHandle: true) => SetHandle(model);

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        LlamaNativeMethods.llama_model_free(handle);
        return true;
    }
}
