# Builds the Windows installer of ChorusDesk (.msi) with a bundled runtime.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: JDK 17 with jpackage and Maven on PATH, and WiX Toolset 3 (candle.exe, light.exe on PATH:
# https://wixtoolset.org/docs/wix3/), which jpackage uses to make the .msi.
# Output: packaging\build\out\ChorusDesk-<version>.msi
# Not built in CI (no Windows machine there); see packaging/README.md.
$ErrorActionPreference = 'Stop'
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Build = Join-Path $Root 'packaging\build'

# the same KEY="value" file as the Linux and macOS builds
$App = @{}
Get-Content (Join-Path $Root 'packaging\app.env') -Encoding UTF8 | Where-Object { $_ -match '^([A-Z_]+)="(.*)"$' } |
    ForEach-Object { $App[$Matches[1]] = $Matches[2] }

foreach ($tool in 'jlink', 'jpackage', 'mvn', 'candle', 'light') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool not found on PATH (JDK 17 with jpackage, Maven, WiX Toolset 3)"
    }
}

Push-Location $Root
try { mvn -B -q package -DskipTests; if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' } } finally { Pop-Location }
$Version = (Select-Xml -Path "$Root\pom.xml" -Namespace @{m = 'http://maven.apache.org/POM/4.0.0'} -XPath '/m:project/m:version').Node.InnerText
$Version = $Version -replace '-.*$', ''   # 0.1.0-SNAPSHOT -> 0.1.0: MSI versions are numbers only

Remove-Item -Recurse -Force $Build -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Build\fx", "$Build\input\lib", "$Build\out" | Out-Null
# Maven resolves the -win JavaFX jars on Windows: modular jars with their DLLs, linked as modules
Copy-Item "$Root\target\lib\javafx-*-win.jar" "$Build\fx\"
Copy-Item "$Root\target\chorusdesk.jar" "$Build\input\"
Get-ChildItem "$Root\target\lib\*.jar" | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination "$Build\input\lib\"

jlink --module-path "$Build\fx" --add-modules "$($App.JDK_MODULES),$($App.FX_MODULES)" `
    --include-locales=en,fr --strip-debug --no-man-pages --no-header-files --strip-native-commands `
    --output "$Build\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# --win-upgrade-uuid stays the same forever: it lets a new .msi replace an installed older one
jpackage --type msi --dest "$Build\out" `
    --name $App.APP_NAME --app-version $Version --vendor $App.APP_VENDOR `
    --description $App.APP_DESCRIPTION --copyright $App.APP_COPYRIGHT `
    --icon "$Root\packaging\icon\chorusdesk.ico" `
    --runtime-image "$Build\runtime" `
    --input "$Build\input" --main-jar chorusdesk.jar --main-class $App.MAIN_CLASS `
    --file-associations "$Root\packaging\windows\pdf-association.properties" `
    --win-menu --win-menu-group $App.APP_NAME --win-shortcut --win-dir-chooser --win-per-user-install `
    --win-upgrade-uuid 5b0c3f7e-2d1a-4c8e-9f3b-7a6d2e1c4b90
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$Build\out"
