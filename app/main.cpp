// SPDX-License-Identifier: Apache-2.0
// Entry point: being written (see the foundation and main-window issues).
int main()
{
    return 1;
}
