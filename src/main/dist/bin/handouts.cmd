@echo off
rem handouts, from the distribution, for Windows: bin/handouts is this script for Linux and macOS, line by line.
rem Finds java from JAVA_HOME or the PATH, and passes the JVM settings in conf\jvm.options.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%j in (java.exe) do set "JAVA_EXE=%%~$PATH:j"
if not defined JAVA_EXE goto nojava
rem The Java version from the runtime's release file beside its bin\java.exe; without one, java tells.
set "JAVA_MAJOR="
for %%j in ("%JAVA_EXE%") do set "RELEASE=%%~dpj..\release"
if exist "%RELEASE%" for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%RELEASE%"') do for /f "delims=." %%m in (%%v) do set "JAVA_MAJOR=%%m"
if defined JAVA_MAJOR if %JAVA_MAJOR% LSS 17 goto oldjava
rem HANDOUTS_JAVA_OPTS adds JVM options, e.g. set HANDOUTS_JAVA_OPTS=-Xmx2g
"%JAVA_EXE%" "@%APP_HOME%\conf\jvm.options" %HANDOUTS_JAVA_OPTS% -cp "%APP_HOME%\lib\handouts.jar" org.handouts.cli.Main %*
exit /b %ERRORLEVEL%

:nojava
echo handouts: Java 17 or later is needed and none was found: install it, for example from https://adoptium.net, or set JAVA_HOME 1>&2
exit /b 2
:oldjava
echo handouts: Java 17 or later is needed, but %JAVA_EXE% is Java %JAVA_MAJOR%: install a newer one, for example from https://adoptium.net, or set JAVA_HOME 1>&2
exit /b 2
