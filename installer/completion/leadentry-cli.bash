# bash completion for leadentry-cli (installed to share/bash-completion/completions/leadentry-cli).
# What it offers comes from the program itself, so it never falls behind it: the options of a
# command from `leadentry-cli COMMAND --help`, the settings from `config list`, the event profiles
# from `event list`.

# The event profiles that start with what is typed, quoted for the command line ("Expo\ Vivienda").
_leadentry_cli_profiles() { # cli, typed
    local name typed=${2//\\/}
    COMPREPLY=()
    while IFS= read -r name; do
        [[ $name == "$typed"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
    done < <("$1" event list 2>/dev/null | sed -E 's/^[* ]+//')
}

_leadentry_cli() {
    local cur prev cli
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    cli=${COMP_WORDS[0]}
    local commands="submit sync import history forget event key config catalog"

    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    local command=${COMP_WORDS[1]}

    # Values: files for import, states for --state, profiles for --event.
    case $prev in
        --state)
            COMPREPLY=($(compgen -W "queued sending created duplicate rejected unconfirmed" -- "$cur"))
            return ;;
        --event)
            _leadentry_cli_profiles "$cli" "$cur"
            return ;;
        --older-than | --limit | --search | --email | --phone | --full-name | --notes | --*-name | --utm-* | \
            --property-uid | --platform | --round-robin | --listing-type | --related | --via | --property | --agent | \
            --kiosk-listing)
            return ;;
    esac

    if [[ $cur == -* ]]; then
        local options
        options=$("$cli" "$command" --help 2>&1 | grep -o -- '--[a-z][a-z-]*' | sort -u)
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    case $command in
        import)
            COMPREPLY=($(compgen -f -X '!*.[cC][sS][vV]' -- "$cur") $(compgen -d -- "$cur"))
            compopt -o filenames 2>/dev/null ;;
        history)
            [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W "purge" -- "$cur")) ;;
        key)
            [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W "set clear status" -- "$cur")) ;;
        catalog)
            [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W "refresh properties agents status" -- "$cur")) ;;
        event)
            if [ "$COMP_CWORD" -eq 2 ]; then
                COMPREPLY=($(compgen -W "list show set delete" -- "$cur"))
            elif [ "$COMP_CWORD" -eq 3 ] && [ "$prev" != list ]; then
                _leadentry_cli_profiles "$cli" "$cur"
            fi ;;
        config)
            if [ "$COMP_CWORD" -eq 2 ]; then
                COMPREPLY=($(compgen -W "list get set" -- "$cur"))
            elif [ "$COMP_CWORD" -eq 3 ] && [ "$prev" != list ]; then
                COMPREPLY=($(compgen -W "$("$cli" config list 2>/dev/null | cut -d' ' -f1)" -- "$cur"))
            fi ;;
    esac
}
complete -F _leadentry_cli leadentry-cli
