using System.Runtime.InteropServices;
using LLama.Native;

/// <summary>
/// llama_decode of one token with no positions, sequences or output flags, as llama_batch_get_one
/// builds it in the C harness, through the export of the library LLamaSharp has loaded.
/// </summary>
internal sealed unsafe class DirectDecode
{
    private readonly SafeLLamaContextHandle _context;
    private readonly delegate* unmanaged<IntPtr, LLamaNativeBatch, int> _decode;
    private readonly delegate* unmanaged<IntPtr, void> _synchronize;

    public DirectDecode(string library, SafeLLamaContextHandle context)
    {
        _context = context;
        var handle = NativeLibrary.Load(library);
        _decode = (delegate* unmanaged<IntPtr, LLamaNativeBatch, int>)NativeLibrary.GetExport(handle, "llama_decode");
        _synchronize = (delegate* unmanaged<IntPtr, void>)NativeLibrary.GetExport(handle, "llama_synchronize");
    }

    public void DecodeOne(int token)
    {
        LLamaToken native = token;
        var batch = new LLamaNativeBatch { n_tokens = 1, tokens = &native };
        var handle = _context.DangerousGetHandle();
        if (_decode(handle, batch) != 0)
        {
            throw new InvalidOperationException("llama_decode failed");
        }

        _synchronize(handle);
    }
}
