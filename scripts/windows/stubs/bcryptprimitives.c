/* Stand-in for Windows' bcryptprimitives.dll, which Wine 8.0 lacks: Rust-built modules (cryptography,
   pydantic-core, ruff) get their random bytes from ProcessPrng. Forwards to RtlGenRandom (advapi32's
   SystemFunction036), the same system generator. Used only in the Wine test prefix, never shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
