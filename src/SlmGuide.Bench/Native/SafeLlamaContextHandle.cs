using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>
/// Owns a <c>llama_context *</c>. It holds a reference on its model's handle, because llama.cpp
/// requires the model to stay alive until the context is freed, whatever order Dispose runs in.
/// </summary>
public sealed class SafeLlamaContextHandle : SafeHandle
{
    private readonly SafeLlamaModelHandle? _model;

    public SafeLlamaContextHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    internal SafeLlamaContextHandle(nint context, SafeLlamaModelHandle model)
        : base(nint.Zero, ownsHandle: true)
    {
        var added = false;
        model.DangerousAddRef(ref added);
        _model = model;
        SetHandle(context);
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        LlamaNativeMethods.llama_free(handle);
        _model?.DangerousRelease();
        return true;
    }
}
