/* Stand-in for Windows' icuuc.dll (the system ICU of Windows 10 1703 and later), which Wine 8.0 lacks and
   Qt6Core imports. It has no code: icuuc.def, generated from Qt6Core's import table, forwards each function
   to the versioned ICU DLLs of the icu4py wheel. Used only in the Wine test prefix; never shipped. */
