/* Stand-in for Windows' mscms.dll (colour management) under Wine 8.0, whose WcsCreateIccProfile makes Qt's
   `windows` platform plugin abort. These four functions are all Qt imports; each answers "no colour profile",
   so Qt falls back to sRGB. Loaded only with WINEDLLOVERRIDES=mscms=n in the Wine test prefix; never shipped. */
#include <windows.h>

__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation)
{
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile)
{
    return TRUE;
}

__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size)
{
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}

__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options)
{
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
