# bash completion for replylint                             -*- shell-script -*-
# Installed as share/bash-completion/completions/replylint; bash-completion loads it on demand.

# Rule ids from `replylint rules --ids`, with the --config/--rules/--no-* already typed, so a
# team's own rules complete too.
_replylint_rule_ids()
{
    local -a args=()
    local i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --rules | --config) args+=("${words[i]}" "${words[i + 1]}") ;;
            --no-config | --no-builtin) args+=("${words[i]}") ;;
        esac
    done
    command "${words[0]}" rules --ids "${args[@]}" 2>/dev/null
}

_replylint()
{
    local cur prev words cword split
    _init_completion -s || return   # -s: "--format=js" completes like "--format js"

    local commands="check rules explain test init check-config help"
    local sources="--rules --no-builtin --config --no-config"
    local selection="--enable --disable --min-severity"
    local help="-h --help"

    # The command: the first word after the program; anything else means `check`.
    local cmd="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            check | rules | explain | test | init | check-config | help) cmd=${words[i]} ;;
            *) cmd=check ;;
        esac
        break
    done

    case $prev in
        -i | --input)
            COMPREPLY=($(compgen -W "auto chat email mbox jsonl json template" -- "$cur"))
            return
            ;;
        -f | --format)
            if [[ $cmd == rules ]]; then
                COMPREPLY=($(compgen -W "text json" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "text sarif json jsonl github" -- "$cur"))
            fi
            return
            ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
            return
            ;;
        --fail-on | --min-severity)
            COMPREPLY=($(compgen -W "error warning info" -- "$cur"))
            return
            ;;
        --enable | --disable)
            COMPREPLY=($(compgen -W "$(_replylint_rule_ids)" -- "$cur"))
            return
            ;;
        --config)
            _filedir '@(yaml|yml)'
            return
            ;;
        --agent-address | -j | --jobs)
            return   # a glob or a number, typed by hand
            ;;
        --max-warnings)
            return   # a number
            ;;
        --baseline | --write-baseline)
            _filedir json
            return
            ;;
        -o | --output | --rules | --stdin-filename | --for)
            _filedir
            return
            ;;
    esac

    local check_opts="-i --input -f --format -o --output --stats --draft --lint-quoted --agent-address -j --jobs --color --fail-on --stdin-filename
        --max-warnings --show-suppressed --baseline --write-baseline --fix --diff
        $sources $selection $help"
    if [[ $cur == -* ]]; then
        case $cmd in
            "") COMPREPLY=($(compgen -W "$check_opts -V --version" -- "$cur")) ;;
            check) COMPREPLY=($(compgen -W "$check_opts" -- "$cur")) ;;
            rules) COMPREPLY=($(compgen -W "-f --format --ids --for $sources $selection $help" -- "$cur")) ;;
            explain) COMPREPLY=($(compgen -W "$sources $help" -- "$cur")) ;;
            init) COMPREPLY=($(compgen -W "--force $help" -- "$cur")) ;;
            *) COMPREPLY=($(compgen -W "$help" -- "$cur")) ;;
        esac
        return
    fi

    case $cmd in
        "")
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            _filedir
            ;;
        check | test) _filedir ;;
        explain) COMPREPLY=($(compgen -W "$(_replylint_rule_ids)" -- "$cur")) ;;
        init) _filedir -d ;;
        check-config) _filedir '@(yaml|yml)' ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
    esac
} &&
    complete -F _replylint replylint

# ex: filetype=sh
